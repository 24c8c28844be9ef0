/**
 * What Astro's content store keeps of a decision's recipients: where the build put the rows and
 * how many of each kind there are. The rows themselves stay out of the store (a million
 * recipients would not fit in a build's memory): src/io/recipient-store.ts writes them, one file
 * per decision, and the data layer reads them a decision at a time.
 */
import { z } from 'astro/zod';

export const recipientListSchema = z.strictObject({
  /** The file holding the validated rows, in the build's cache folder (absolute path). */
  file: z.string().min(1),
  /** Rows in the list. */
  count: z.int().min(1),
  /** Rows withheld or of minors: counted, never named outside the decision page (recipient.ts). */
  unpublished: z.int().min(0),
  /** Rows of each kind of recipient. */
  kinds: z.strictObject({
    /** Collectives. */
    'tap-the': z.int().min(0),
    /** Individuals. */
    'ca-nhan': z.int().min(0),
    /** Households. */
    'ho-gia-dinh': z.int().min(0),
  }),
});

export type RecipientList = z.infer<typeof recipientListSchema>;
