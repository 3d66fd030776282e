import { z } from 'zod';
import { defineEvent, field } from '../event-definition';

/**
 * Events the canteen publishes. An accepted delivery tells finance to post the food cost and the
 * payable in the school's canteen account; alerts (a missing food sample, a health certificate
 * expiring) tell the canteen manager and the principal. Each concept adds its events here.
 */
export const canteenEvents = {
  // delivery/: canteen.delivery.accepted
  deliveryAccepted: defineEvent({
    type: 'canteen.delivery.accepted',
    version: 1,
    publisher: 'canteen',
    description:
      "A delivery passed receiving inspection (进货查验) and its accepted items entered stock: published once per delivery, in the acceptance's transaction (at recording, or at the second inspection of bulk staples); finance posts the food cost and the payable (应付账款) in the school's canteen account (食堂单独核算), once.",
    payload: z.object({
      deliveryId: field.id().describe('The delivery (进货查验记录).'),
      schoolId: field.id().describe('The school whose canteen received it.'),
      canteenId: field.id().describe('The canteen that received it.'),
      supplierId: field.id().describe('The supplier (a finance supplier) it came from.'),
      deliveredOn: field.date().describe("The day it arrived, in the school's time zone."),
      acceptedTotalFen: field.fen().describe('Total of the accepted items in fen (分): the food cost and the amount owed to the supplier.'),
      invoiceNumber: field.text(40).describe('The invoice or delivery-note number sighted (索票).'),
    }),
  }),
  // sample/:   canteen.sample.missing
  sampleMissing: defineEvent({
    type: 'canteen.sample.missing',
    version: 1,
    publisher: 'canteen',
    description:
      'A meal service ended with a dish unsampled or sampled short (留样缺失): raised once per meal service, when its meal counts are recorded or by the job after the meal ends; the canteen manager and the principal of the school are told.',
    payload: z.object({
      mealServiceId: field.id().describe('The meal service (餐次).'),
      canteenId: field.id().describe('The canteen that cooked it.'),
      servedOn: field.date().describe('The school day it was served.'),
      meal: z.enum(['BREAKFAST', 'LUNCH', 'DINNER']).describe('Which meal (餐次).'),
      dishes: z
        .array(
          z.object({
            dishId: field.id().describe('The dish.'),
            dishName: field.text(100).describe("The dish's name."),
            problem: z.enum(['UNSAMPLED', 'SHORT']).describe('No sample kept, or every sample under the minimum weight.'),
            grams: z.int().nonnegative().nullable().describe('The heaviest sample kept, in grams; null when none.'),
          }),
        )
        .min(1)
        .describe('The dishes without a good sample.'),
      minGrams: z.int().positive().describe("The district's minimum sample weight in grams when it was raised (default 125)."),
      raisedBy: z.enum(['MEAL_COUNTS', 'END_OF_SERVICE_JOB']).describe('What found it: recording the meal counts, or the scheduled job.'),
    }),
  }),
  // health/:   canteen.certificate.expiring
  certificateExpiring: defineEvent({
    type: 'canteen.certificate.expiring',
    version: 1,
    publisher: 'canteen',
    description:
      "A canteen staff member's health certificate (健康证) expires within the district's notice days (EXPIRING, default 30) or has expired (EXPIRED): published by the daily job, once per certificate and state, with the school's schoolId; the directory tells the school's canteen managers.",
    payload: z.object({
      certificateId: field.id().describe('The health certificate (健康证).'),
      staffId: field.id().describe('The directory staff member who holds it.'),
      canteenIds: z.array(field.id()).describe('The canteens whose roster they are on (may be empty if they have left every roster).'),
      number: field.text(40).describe('The certificate number (健康证编号).'),
      expiresOn: field.date().describe('Its last valid day.'),
      state: z.enum(['EXPIRING', 'EXPIRED']).describe('Expiring within the notice days, or expired.'),
      daysLeft: z.int().describe('Days from the announcement to the last valid day; negative once expired.'),
    }),
  }),
};

void z;
void field;
void defineEvent;
