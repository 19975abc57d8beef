/** What the link card tells: bound by sign-in, or (anonymous local mode) by nothing but its secrecy. */
export const UITLEG: Record<"verplicht" | "open", string> = {
  verplicht: "Deze link werkt alleen voor jou: je meldt je aan met je Microsoft-account en alleen dan krijg je het bestand. Hij werkt één keer en verloopt over tien minuten.",
  open: "Let op: deze bot draait zonder aanmelden (lokaal), dus wie deze link als eerste opent, krijgt het bestand. Hij werkt één keer en verloopt over tien minuten. Deel hem niet.",
};
