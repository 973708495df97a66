import nodemailer from "nodemailer";
import { logOnlyMail, type MailSender } from "../app/mail.server";
import type { Config } from "./config";

/** Sends through an SMTP server (SMTP_URL, from MAIL_FROM); a failure is thrown to the caller, who decides what to tell. */
export function smtpMail({ url, from }: { url: string; from: string }): MailSender {
  const transport = nodemailer.createTransport(url);
  return {
    delivers: true,
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

/** The sender the configuration asks for: SMTP when SMTP_URL is set, else the log. */
export function mailSenderFor(config: Pick<Config, "mail" | "log">): MailSender {
  return config.mail.kind === "smtp" ? smtpMail(config.mail) : logOnlyMail(config.log);
}
