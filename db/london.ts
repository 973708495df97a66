/**
 * London's five integrated care systems and the boroughs they cover, from
 * ../shared/domain/brief.md (London context). `confirmed: false` marks what the
 * brief could not confirm from a primary source.
 */
export const LONDON = { key: "london", name: "London" } as const;

export interface PartnershipSeed {
  name: string;
  shortName: string;
  boroughs: string[];
  note?: string;
}

export const LONDON_PARTNERSHIPS: PartnershipSeed[] = [
  {
    name: "North West London ICS",
    shortName: "NWL",
    boroughs: ["Brent", "Ealing", "Hammersmith and Fulham", "Harrow", "Hillingdon", "Hounslow", "Kensington and Chelsea", "Westminster"],
    note: "The North West and North Central London ICB boards approved a merger in July 2025 (one ICB for 13 boroughs, targeted for 2026); boroughs stay the stable unit.",
  },
  {
    name: "North Central London ICS",
    shortName: "NCL",
    boroughs: ["Barnet", "Camden", "Enfield", "Haringey", "Islington"],
    note: "The North West and North Central London ICB boards approved a merger in July 2025 (one ICB for 13 boroughs, targeted for 2026); boroughs stay the stable unit.",
  },
  {
    name: "North East London ICS",
    shortName: "NEL",
    boroughs: ["Barking and Dagenham", "City of London", "Hackney", "Havering", "Newham", "Redbridge", "Tower Hamlets", "Waltham Forest"],
    note: "Borough list not confirmed from a primary source: the ICB describes eight local authority areas; these eight are the brief's best reading.",
  },
  {
    name: "South East London ICS",
    shortName: "SEL",
    boroughs: ["Bexley", "Bromley", "Greenwich", "Lambeth", "Lewisham", "Southwark"],
  },
  {
    name: "South West London ICS",
    shortName: "SWL",
    boroughs: ["Croydon", "Kingston upon Thames", "Merton", "Richmond upon Thames", "Sutton", "Wandsworth"],
  },
];

export function boroughKey(name: string): string {
  return name.toLowerCase().replace(/ and /g, " ").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
