import 'server-only';
import { headers } from 'next/headers';
import type { OffersActor } from '../../store/offers-actor';
import type { Authorized } from '../auth/authorize';
import { clientAddress } from '../auth/client-address';
import type { SignedInUser } from '../auth/signed-in-user';

/** The officer behind a request, as offer rows and audit events name them. */
export const actorOf = (by: Authorized): OffersActor => ({
  id: by.user.id,
  name: by.user.username,
  address: by.address,
});

/** The same for a page (which has the user from requirePage and the address from the request headers). */
export async function pageActor(user: SignedInUser): Promise<OffersActor> {
  return { id: user.id, name: user.username, address: clientAddress(await headers()) };
}
