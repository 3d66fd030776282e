import { z } from 'zod';
import { defineEvent, field } from '../event-definition';

/**
 * Events the canteen publishes. An accepted delivery tells finance to post the food cost and the
 * payable in the school's canteen account; alerts (a missing food sample, a health certificate
 * expiring) tell the canteen manager and the principal. Each concept adds its events here.
 */
export const canteenEvents = {
  // delivery/: canteen.delivery.accepted
  // sample/:   canteen.sample.missing
  // health/:   canteen.certificate.expiring
};

void z;
void field;
void defineEvent;
