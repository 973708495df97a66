import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../server/config";
import { mailSenderFor } from "../../server/smtp-mail";

/** The real mail service, configured as a deployment would, delivering to an SMTP server on this machine. */
describe("mail by SMTP", () => {
  const received: { from: string; to: string[]; data: string }[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        let data = "";
        stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("sends through the server SMTP_URL names, from MAIL_FROM, and says it delivers", async () => {
    const config = readConfig({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "hearth@network.example", HEARTH_BASE_URL: "https://hearth.example" });
    const mail = mailSenderFor(config);
    expect(mail.delivers).toBe(true);
    await mail.send({ to: "lead@partnership.example", subject: "Reminder: Mental health is due on 8 December 2026", text: "Answer it here: https://hearth.example/assessments/x" });
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toBe("hearth@network.example");
    expect(received[0]!.to).toEqual(["lead@partnership.example"]);
    expect(received[0]!.data).toContain("Subject: Reminder: Mental health is due on 8 December 2026");
    expect(received[0]!.data).toContain("https://hearth.example/assessments/x");
  });

  it("tells the caller when the server cannot be reached", async () => {
    const mail = mailSenderFor(readConfig({ SMTP_URL: "smtp://127.0.0.1:1", MAIL_FROM: "hearth@network.example", HEARTH_BASE_URL: "https://hearth.example" }));
    await expect(mail.send({ to: "a@b.example", subject: "x", text: "y" })).rejects.toThrow();
  });

  it("logs only, and does not claim to deliver, when no SMTP server is configured", () => {
    expect(mailSenderFor(readConfig({ HEARTH_LOG: "quiet" })).delivers).toBe(false);
  });
});
