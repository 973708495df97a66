/**
 * Server-only: how Hearth sends a message to a person (an invitation, a password-reset link). Hearth has no mail
 * service of its own yet: by default nothing is sent, and the page that made the link shows it to the person who asked,
 * to pass on. A deployment plugs a real service in with `setMailSender` at start-up; the pages then say it was sent.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailSender {
  /** Whether messages really reach people; when false, the page shows the link instead. */
  readonly delivers: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

/** Sends nothing: the link is shown to the person who made it. */
export const noMailService: MailSender = {
  delivers: false,
  async send() {},
};

let sender: MailSender = noMailService;

export function setMailSender(next: MailSender): void {
  sender = next;
}

export function mailSender(): MailSender {
  return sender;
}
