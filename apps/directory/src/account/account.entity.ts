import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';
import { Role } from '@houqin/auth';
import { District } from '../district/district.entity';
import { LIMITS } from '../limits';
import { School } from '../school/school.entity';
import { Staff } from '../staff/staff.entity';

registerEnumType(Role, {
  name: 'Role',
  description: 'A permission granted to an account, at one school or district-wide (角色).',
  valuesConfig: {
    DISTRICT_ADMIN: { description: 'District administrator (区级管理员): schools, accounts, roles.' },
    DISTRICT_AUDITOR: { description: 'District auditor (区级审计): reads every school, changes nothing.' },
    PRINCIPAL: { description: 'Principal (校长).' },
    GENERAL_AFFAIRS_DIRECTOR: { description: 'General-affairs director (总务主任).' },
    ACCOUNTANT: { description: 'Accountant (报账员).' },
    CANTEEN_MANAGER: { description: 'Canteen manager (食堂管理员).' },
    STOREKEEPER: { description: 'Storekeeper (保管员).' },
    SAFETY_OFFICER: { description: 'Safety officer (安全员).' },
    MAINTENANCE: { description: 'Maintenance worker (水电工).' },
    STAFF: { description: 'Any staff member (教职工): files requests and reports repairs.' },
    PARENT_COMMITTEE: {
      description:
        "Parents' committee member (家长委员会), at one school; not staff: reads the published menus and the canteen statement, rates dishes, files nothing.",
    },
  },
});

@ObjectType({ description: 'A login account (用户账号). Its permissions are its role grants; a staff member may have none.' })
@Directive('@key(fields: "id")')
@Entity('user_account')
@Index(['username'], { unique: true })
@Index(['districtId'])
export class UserAccount {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The district the account belongs to.' })
  @RefColumn()
  districtId: string;

  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'districtId' })
  district?: Relation<District>;

  @Field({ description: 'Login name, unique in the deployment (lower-case letters, digits, . _ -).' })
  @Column('varchar', { length: LIMITS.username })
  username: string;

  @Field({ description: 'Name shown to other users.' })
  @Column('varchar', { length: LIMITS.name })
  displayName: string;

  @Column('varchar', { length: 100 })
  passwordHash: string;

  @Field(() => ID, { nullable: true, description: 'The staff member this account belongs to, if any.' })
  @RefColumn({ nullable: true })
  staffId: string | null;

  @ManyToOne(() => Staff, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staffId' })
  staff?: Relation<Staff> | null;

  @Field({ description: 'A deactivated account cannot sign in, and its tokens stop working at once.' })
  @Column('boolean', { default: true })
  active: boolean;

  /** Bumped on deactivation and password change; tokens carrying an older value are refused. */
  @Column('int', { default: 1 })
  sessionVersion: number;

  @Field(() => Date, { nullable: true, description: 'When the account last signed in; null if never.' })
  @InstantColumn({ nullable: true })
  lastLoginAt: Date | null;

  @RowVersionColumn()
  version: number;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

@ObjectType({
  description: 'A role held by an account at one school, or district-wide (角色授权). Revoked grants are kept with who revoked them.',
})
@Entity('role_grant')
@Index(['accountId', 'revokedAt'])
export class RoleGrant {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The account holding the role.' })
  @RefColumn()
  accountId: string;

  @ManyToOne(() => UserAccount, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accountId' })
  account?: Relation<UserAccount>;

  @Field(() => Role, { description: 'The role granted.' })
  @Column('varchar', { length: 32 })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The school where the role applies; null for district roles.' })
  @RefColumn({ nullable: true })
  schoolId: string | null;

  @ManyToOne(() => School, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'schoolId' })
  school?: Relation<School> | null;

  @RefColumn({ nullable: true })
  grantedByAccountId: string | null;

  @Field({ description: 'When the role was granted.' })
  @InstantColumn()
  grantedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the grant was revoked; null while it is in force.' })
  @InstantColumn({ nullable: true })
  revokedAt: Date | null;

  @RefColumn({ nullable: true })
  revokedByAccountId: string | null;
}
