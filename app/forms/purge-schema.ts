import * as z from "zod/mini";
import { repeated, requiredText } from "./validation";

/**
 * Network staff purging an evidence file uploaded with personal data by mistake: why (kept in the audit trail and
 * shown on the evidence's record), and a tick to confirm the file cannot be recovered.
 */
export const purgeEvidenceSchema = z.object({
  reason: requiredText("Say why the file is being purged", 1000),
  confirm: z.pipe(
    repeated(z.string()),
    z.array(z.string()).check(z.refine((ticked) => ticked.includes("yes"), "Tick the box to confirm the file will be deleted and cannot be recovered")),
  ),
});
