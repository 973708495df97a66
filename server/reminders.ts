import { domainOfPart, getFramework, partProgress, partTitle, workReminderDue } from "../assessment";
import { formatDate } from "../app/dates";
import type { MailSender, OutgoingMail } from "../app/mail.server";
import { claimReminders, findAssignmentsToRemind, findRoundRemindersDue, type ReminderToSend } from "../db/reminders";
import type { Db } from "../db/schema";

/**
 * Reminders (docs/decisions/025), sent by housekeeping (hourly, on any app machine): assigned work due within a few
 * days or overdue (in the person's "what has changed" list and by mail), and a round falling due or overdue for an
 * organisation that has not submitted (by mail to its leads; the organisation's list already says the round is due).
 * Each goes once: it is claimed in the database before it is mailed. Nothing is sent on a page load.
 */
export interface ReminderRun {
  claimed: number;
  mailed: number;
  failed: number;
}

export async function sendDueReminders(db: Db, { today, mail, baseUrl, now = new Date() }: { today: string; mail: MailSender; baseUrl: string; now?: Date }): Promise<ReminderRun> {
  const [work, rounds] = await Promise.all([findAssignmentsToRemind(db, today), findRoundRemindersDue(db, today)]);
  const outgoing: (ReminderToSend & { mail: OutgoingMail })[] = [];
  const footer = `\n\nYou get this because reminders are on for your Hearth account. To turn them off, go to ${baseUrl}/account`;

  for (const w of work) {
    const framework = getFramework(w.frameworkKey, w.frameworkVersion);
    if (!framework) continue;
    const progress = partProgress(framework, w, w.ratings, today);
    const kind = workReminderDue(progress);
    if (!kind) continue;
    const title = partTitle(framework, w);
    const link = `/assessments/${w.assessmentId}/domains/${domainOfPart(framework, w)}`;
    const when = kind === "work-overdue" ? `was due on ${formatDate(w.dueOn)}` : `is due on ${formatDate(w.dueOn)}`;
    outgoing.push({
      key: `${kind}:${w.id}:${w.dueOn}`,
      personId: w.personId,
      inApp: { kind: "reminder", title: `Reminder: your part, ${title}, ${when}`, link },
      mail: {
        to: w.email,
        subject: `Reminder: ${title} ${when}`,
        text:
          `${w.personName},\n\nYou were asked to answer ${title} in ${w.organisationName}'s assessment for the ${w.roundName} round. It ${when}, ` +
          `and ${progress.answered} of its ${progress.indicatorKeys.length} indicators are answered.\n\nAnswer it here: ${baseUrl}${link}${footer}`,
      },
    });
  }

  for (const r of rounds) {
    const when = r.kind === "round-overdue" ? `was due on ${formatDate(r.dueOn)}` : `is due on ${formatDate(r.dueOn)}`;
    outgoing.push({
      key: r.key,
      personId: r.personId,
      inApp: null,
      mail: {
        to: r.email,
        subject: `Reminder: ${r.organisationName}'s ${r.roundName} assessment ${when}`,
        text:
          `${r.personName},\n\n${r.organisationName} has not yet submitted its assessment for the ${r.roundName} round, which ${when}.\n\n` +
          `Carry on here: ${baseUrl}/${r.organisationKind}${footer}`,
      },
    });
  }

  const claimed = await claimReminders(db, outgoing, now);
  let mailed = 0;
  let failed = 0;
  for (const reminder of outgoing) {
    if (!claimed.has(reminder.key)) continue;
    try {
      await mail.send(reminder.mail);
      mailed += 1;
    } catch (error) {
      // Claimed, so never sent twice; the in-app reminder (where there is one) is already in the person's list.
      failed += 1;
      console.error(`Reminder mail to ${reminder.mail.to} failed:`, error instanceof Error ? error.message : error);
    }
  }
  return { claimed: claimed.size, mailed, failed };
}
