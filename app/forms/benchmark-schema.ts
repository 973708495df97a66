import * as z from "zod/mini";
import { oneOf } from "./validation";

/** Taking part in the benchmark, or opting out (a provider's editors). */
export const participationSchema = z.object({
  participation: oneOf(["in", "out"] as const, "Select whether your organisation takes part in the benchmark"),
});
