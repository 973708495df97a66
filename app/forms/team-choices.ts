/** The answers a rating can have, as form values: a level 1 to 5, not applicable, or don't know. */
export const ANSWER_CHOICES_FOR_AGREEMENT = ["1", "2", "3", "4", "5", "not_applicable", "dont_know"] as const;
export type AnswerChoice = (typeof ANSWER_CHOICES_FOR_AGREEMENT)[number];

export function choiceToAnswer(choice: AnswerChoice): { answer: "level" | "not_applicable" | "dont_know"; level: number | null } {
  return /^[1-5]$/.test(choice) ? { answer: "level", level: Number(choice) } : { answer: choice as "not_applicable" | "dont_know", level: null };
}

export function answerToChoice(answer: { answer: string; level: number | null }): AnswerChoice {
  return answer.answer === "level" ? (String(answer.level) as AnswerChoice) : (answer.answer as AnswerChoice);
}
