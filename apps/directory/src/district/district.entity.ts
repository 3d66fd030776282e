import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn } from '@houqin/persistence';
import { LIMITS } from '../limits';

@ObjectType({ description: 'A school district (学区 / 区教育局): one deployment serves one or more districts.' })
@Entity('district')
@Index(['code'], { unique: true })
export class District {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field({ description: 'Short code of the district, unique in the deployment.' })
  @Column('varchar', { length: LIMITS.code })
  code: string;

  @Field({ description: "Name of the district's education bureau." })
  @Column('varchar', { length: LIMITS.name })
  name: string;

  @Field({ description: 'IANA time zone schools use unless they set their own (default Asia/Shanghai).' })
  @Column('varchar', { length: LIMITS.timeZone, default: 'Asia/Shanghai' })
  timeZone: string;

  @CreatedAtColumn()
  createdAt: Date;
}
