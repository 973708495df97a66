/**
 * London's five integrated care systems and the boroughs they cover, from
 * ../shared/domain/brief.md (London context). A `note` is shown with the partnership:
 * a caveat, such as a planned change of footprint.
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
    // Confirmed on NHS North East London's own site: City and Hackney "with six other local authority areas – Barking
    // and Dagenham, Havering, Newham, Redbridge, Tower Hamlets, and Waltham Forest – … make up NHS North East London"
    // (northeastlondon.icb.nhs.uk/your-area/city-hackney/).
    boroughs: ["Barking and Dagenham", "City of London", "Hackney", "Havering", "Newham", "Redbridge", "Tower Hamlets", "Waltham Forest"],
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
