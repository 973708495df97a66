import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { homePathFor } from "~/auth/roles";
import { getCurrentUser } from "~/auth/session.server";

export const meta: MetaFunction = () => [{ title: "Hearth: health and housing partnerships" }];

/** Signed in: straight to the person's starting point. Signed out: what Hearth is, and sign in. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request, context);
  if (user) throw redirect(homePathFor(user.role));
  return null;
}

export default function Home() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Health and housing, working together</h1>
        <p className="nhsuk-lede-text">
          Hearth helps integrated care systems, housing providers and their regional network see where their
          partnership stands and what to do next.
        </p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>Integrated care systems assess their work with the housing sector, indicator by indicator, and plan actions.</li>
          <li>Housing providers set out their offer to the health system in a standard shape and compare it with their peers.</li>
          <li>Network staff see progress across the region and keep the library of resources up to date.</li>
        </ul>
        <p>
          The assessment is built on the national memorandum of understanding <i>Improving health and care through the
          home</i> (2018) and the King&apos;s Fund report <i>Housing and health: opportunities for sustainability and
          transformation partnerships</i> (2018). <a href="/frameworks">See the frameworks and their sources</a>.
        </p>
        <a className="nhsuk-button" href="/sign-in">
          Sign in
        </a>
      </div>
    </div>
  );
}
