import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { PermittedAction as PermittedActionShape } from '@houqin/auth';

/**
 * An action of a service's permission table the viewer may take (see `permittedActions` in
 * @houqin/auth): one definition, so every subgraph that answers its viewer's permissions shares it.
 */
@ObjectType({ description: "An action of a service's permission table (权限) you may take, and where." })
@Directive('@shareable')
export class PermittedAction implements PermittedActionShape {
  @Field({ description: 'The action as the service names it: its mutation, e.g. approvePurchaseRequest, or a read rule, e.g. readBooks.' })
  action: string;

  @Field({ description: 'Allowed at every school of your district: by a district role, or open to everyone signed in.' })
  everywhere: boolean;

  @Field(() => [ID], { description: 'Schools where one of your school roles allows it.' })
  schoolIds: string[];
}
