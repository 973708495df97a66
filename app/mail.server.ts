/**
 * Server-only: how Hearth sends a message to a person (a reminder, an invitation, a password-reset link). By default
 * a message is only written to the server's log, and the page that made an invitation or reset link shows it to the
 * person who asked, to pass on. With SMTP_URL set (server/smtp-mail.ts) messages really go out, and those pages say
 * the link was sent. The host puts the sender in every request's load context.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailSender {
  /** Whether messages really reach people; when false, pages show invitation and reset links instead. */
  readonly delivers: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

/** Sends nothing: each message is logged (unless logging is quiet), and links are shown to the person who made them. */
export function logOnlyMail(log: "info" | "quiet" = "info"): MailSender {
  return {
    delivers: false,
    async send(mail) {
      if (log === "info") console.log(`Mail not sent (no SMTP_URL set) to ${mail.to}: ${mail.subject}`);
    },
  };
}
