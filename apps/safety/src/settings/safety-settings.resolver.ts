import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { SafetyContext } from '../context';
import { SafetySettings } from './safety-settings.entity';
import { UpdateSafetySettingsInput } from './safety-settings.inputs';

@Resolver(() => SafetySettings)
export class SafetySettingsResolver {
  @Query(() => SafetySettings, {
    description:
      'Your district’s safety settings (安全设置): the serious level, hazard deadlines, drills per month, evacuation target, incident reporting time, expiry notices.',
  })
  safetySettings(@Ctx() ctx: SafetyContext) {
    return ctx.settings.settingsForViewer();
  }

  @Mutation(() => SafetySettings, { description: 'Change the district’s safety settings: district administrators, at the version read.' })
  updateSafetySettings(@Arg('input') input: UpdateSafetySettingsInput, @Ctx() ctx: SafetyContext) {
    return ctx.settings.update(input);
  }
}
