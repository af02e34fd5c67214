/**
 * What Helsinki has published about its proactive pre-school offers (the city's own reports of the
 * UserCentriCities award), shown beside a round's own figures. Shares are of the offers made;
 * `approximate` marks figures the city gave in words ("nearly nine in ten").
 */
export interface PublishedRound {
  id: string;
  year: number;
  offers: number;
  replyShare: number | null;
  acceptShare: number | null;
  acceptedCount: number | null;
  satisfiedShareOfAccepted: number | null;
  approximate: boolean;
}

export const HELSINKI_PUBLISHED: readonly PublishedRound[] = [
  // Pilot 2020: 1,058 guardians got a text message, 93 % replied, 880 accepted the offered place directly.
  {
    id: 'pilot-2020',
    year: 2020,
    offers: 1058,
    replyShare: 0.93,
    acceptShare: 880 / 1058,
    acceptedCount: 880,
    satisfiedShareOfAccepted: null,
    approximate: false,
  },
  // January 2021, city-wide: 5,591 families, 93 % replied, nearly nine in ten accepted.
  {
    id: 'city-2021',
    year: 2021,
    offers: 5591,
    replyShare: 0.93,
    acceptShare: 0.88,
    acceptedCount: null,
    satisfiedShareOfAccepted: null,
    approximate: true,
  },
  // 2022 through the Asti e-service: 4,396 offers, 89 % accepted, 87 % of those satisfied.
  {
    id: 'asti-2022',
    year: 2022,
    offers: 4396,
    replyShare: null,
    acceptShare: 0.89,
    acceptedCount: null,
    satisfiedShareOfAccepted: 0.87,
    approximate: false,
  },
];
