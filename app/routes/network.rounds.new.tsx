import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { RadioGroup } from "~/components/choice-fields";
import { DateField } from "~/components/date-field";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { TextField } from "~/components/text-field";
import { openRoundSchema, ROUND_AUDIENCES } from "~/forms/round-schema";
import { useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import { newRoundPage, openRegionRound, versionOptions } from "~/rounds.server";

export const meta: MetaFunction = () => [{ title: "Open a round – Hearth" }];

type Audience = (typeof ROUND_AUDIENCES)[number];
const audienceOf = (value: unknown): Audience | null => ((ROUND_AUDIENCES as readonly unknown[]).includes(value) ? (value as Audience) : null);

/** Network staff open a round for every partnership, or every housing provider, of the region: who it is for first. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const search = new URL(request.url).searchParams;
  // "Continue" with nothing chosen comes back here without `for`: say what is missing.
  return { ...(await newRoundPage(context, user, audienceOf(search.get("for")))), unchosen: search.has("asked") };
}

type Values = { audience?: string; name?: string; opensOn?: unknown; dueOn?: unknown; frameworkVersion?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const form = await request.formData();
  const values = formDataToObject(form) as Values;
  const audience = audienceOf(values.audience);
  // The form comes back for the audience it was for, whatever the address it was sent to.
  const page = await newRoundPage(context, user, audience);
  const parsed = parseForm(openRoundSchema(audience ? versionOptions(audience).map((v) => v.value) : []), form);
  if (!parsed.ok) return data({ errors: parsed.errors, values, page }, { status: 400 });
  const outcome = await openRegionRound(context, user, parsed.data);
  if (!outcome.ok) return data({ errors: { [outcome.field]: outcome.reason } as FieldErrors, values, page }, { status: 400 });
  return redirect(`/network/rounds/${outcome.id}?opened=1`);
}

const ORDER = ["audience", "name", "opensOn", "dueOn", "frameworkVersion"];

export default function NewRound() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { errors: FieldErrors; values: Values; page: typeof loaded } | undefined;
  const page = result?.page.audience ? result.page : loaded;
  if (!page.audience) return <ChooseAudience error={result?.errors.audience ?? (loaded.unchosen ? "Choose who the round is for" : undefined)} />;
  return <RoundForm page={page as Required<typeof page> & { audience: Audience }} result={result} />;
}

/** The first question: who the round is for (a GET form, so it works without JavaScript and can be bookmarked). */
function ChooseAudience({ error }: { error?: string }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/network/rounds">Back to rounds</BackLink>
        <ErrorSummary errors={{ for: error }} order={["for"]} />
        <Form method="get">
          <input type="hidden" name="asked" value="1" />
          <RadioGroup
            name="for"
            legend="Who is the round for?"
            legendAsHeading
            hint="Every organisation of that kind in your region is asked to take part, and told the round has opened."
            options={[
              { value: "partnership", label: "All partnerships", hint: "The partnership self-assessment" },
              { value: "provider", label: "All housing providers", hint: "The housing provider offer framework" },
            ]}
            error={error}
          />
          <button className="nhsuk-button" type="submit">
            Continue
          </button>
        </Form>
      </div>
    </div>
  );
}

function RoundForm({
  page,
  result,
}: {
  page: { audience: Audience; audienceWords: string; versions: { value: string; label: string }[]; frameworkTitle: string | null; stillOpen: { id: string; name: string }[]; today: string };
  result: { errors: FieldErrors; values: Values } | undefined;
}) {
  const schema = useMemo(() => openRoundSchema(page.versions.map((v) => v.value)), [page.versions]);
  const typed = result?.values;
  const start = {
    audience: page.audience,
    name: typed?.name ?? "",
    opensOn: (typed?.opensOn as never) ?? page.today,
    dueOn: (typed?.dueOn as never) ?? "",
    frameworkVersion: typed?.frameworkVersion ?? page.versions[0]?.value ?? "",
  };
  const { register, errors, onSubmit } = useHearthForm(schema, {
    serverErrors: result?.errors,
    defaultValues: {
      ...start,
      opensOn: typeof start.opensOn === "string" ? isoParts(start.opensOn) : start.opensOn,
      dueOn: typeof start.dueOn === "string" ? isoParts(start.dueOn) : start.dueOn,
    } as never,
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/network/rounds/new">Back to who the round is for</BackLink>
        <ErrorSummary errors={errors} order={ORDER} />
        <span className="nhsuk-caption-l">{page.audienceWords}</span>
        <h1>Open a round</h1>
        {page.stillOpen.length > 0 ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                {page.stillOpen.length === 1 ? "A round is still open" : "Rounds are still open"}
              </span>
            </h2>
            <p>
              {page.stillOpen.map((r) => `The ${r.name} round`).join(" and ")} {page.stillOpen.length === 1 ? "is" : "are"} still open for {page.audienceWords.toLowerCase()}. The new round opens beside{" "}
              {page.stillOpen.length === 1 ? "it" : "them"}: if it replaces {page.stillOpen.length === 1 ? "it" : "them"},{" "}
              <a href={`/network/rounds/${page.stillOpen[0]!.id}?confirm=close`}>close the {page.stillOpen[0]!.name} round</a> first.
            </p>
          </div>
        ) : null}
        <Form method="post" noValidate onSubmit={onSubmit}>
          <input type="hidden" value={page.audience} {...register("audience")} />
          <TextField label="Name of the round" hint="For example, 2027/28. Each round of the framework in your region has its own name." widthClass="nhsuk-input--width-10" error={errors.name} defaultValue={start.name} {...register("name")} />
          <DateField name="opensOn" legend="Opens on" hint="For example, 1 5 2027" defaultValue={start.opensOn} error={errors.opensOn} register={register} />
          <DateField name="dueOn" legend="Due date" hint="Work after it is marked late, never refused. For example, 30 9 2027" defaultValue={start.dueOn} error={errors.dueOn} register={register} />
          <RadioGroup
            name="frameworkVersion"
            legend={`Version of the ${page.frameworkTitle ?? "framework"}`}
            hint="The round is pinned to this version: its assessments answer its indicators."
            options={page.versions}
            defaultValue={start.frameworkVersion}
            field={register("frameworkVersion")}
            error={errors.frameworkVersion}
          />
          <button className="nhsuk-button" type="submit">
            Open the round
          </button>
        </Form>
      </div>
    </div>
  );
}

function isoParts(iso: string) {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { day: String(Number(iso.slice(8, 10))), month: String(Number(iso.slice(5, 7))), year: iso.slice(0, 4) } : { day: "", month: "", year: "" };
}
