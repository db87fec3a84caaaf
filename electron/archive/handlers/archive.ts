// Handlers for the archive calls (customers.*, items.*, locations.*, archive.*): each unpacks
// the session and calls one domain function; the domain function owns the transaction + audit.
import type { AppContext } from '../../core/context';
import { actorOf, requireSession } from '../../people/sessionInfo';
import type { CallName } from '../../contract';
import type { archiveCalls } from '../contract/calls';
import { createCustomer, getCustomer, updateCustomer } from '../customers';
import { handover, listHandovers } from '../handover';
import { createItem, viewItem } from '../items';
import { createCabinet, createRoom, listMovements, locationTree, placeItem, proposeSlot, shelfMap } from '../locations';
import { getArchivePolicy, setArchivePolicy } from '../policy';
import { indexPage, search } from '../search';
import { listStaff } from '../staff';
import type { Handler } from '../../core/handlers';

type ArchiveCallName = Extract<CallName, keyof typeof archiveCalls>;

function who(ctx: AppContext) {
  const { vault, session } = requireSession(ctx);
  return { vault, db: vault.db, actor: { ...actorOf(session), roles: session.roles } };
}

export const archiveHandlers: { [N in ArchiveCallName]: Handler<N> } = {
  'customers.create': (input, ctx) => {
    const { vault, actor } = who(ctx);
    return createCustomer(vault, ctx.clock, actor, input);
  },
  'customers.get': ({ id }, ctx) => getCustomer(who(ctx).db, id),
  'customers.update': (input, ctx) => {
    const { vault, actor } = who(ctx);
    return updateCustomer(vault, ctx.clock, actor, input);
  },

  'items.create': (input, ctx) => {
    const { vault, actor } = who(ctx);
    return createItem(vault, ctx.clock, actor, input);
  },
  'items.get': ({ id }, ctx) => {
    const { vault, actor } = who(ctx);
    return viewItem(vault, ctx.clock, actor, id);
  },
  'items.movements': ({ itemId }, ctx) => listMovements(who(ctx).db, itemId),
  'items.handover': (input, ctx) => handover(ctx, input),
  'items.handovers': ({ itemId }, ctx) => listHandovers(who(ctx).db, itemId),

  'locations.createRoom': ({ name }, ctx) => {
    const { vault, actor } = who(ctx);
    return createRoom(vault, ctx.clock, actor, name);
  },
  'locations.createCabinet': (input, ctx) => {
    const { vault, actor } = who(ctx);
    return createCabinet(vault, ctx.clock, actor, input);
  },
  'locations.tree': (_input, ctx) => locationTree(who(ctx).db),
  'locations.shelfMap': ({ cabinetId }, ctx) => shelfMap(who(ctx).db, cabinetId),
  'locations.proposeSlot': ({ itemId }, ctx) => proposeSlot(who(ctx).db, itemId),
  'locations.place': ({ itemId, locationId, reason }, ctx) => {
    const { vault, actor } = who(ctx);
    return placeItem(vault, ctx.clock, actor, itemId, locationId, reason);
  },

  'archive.index': ({ filter, offset, limit, after }, ctx) => indexPage(who(ctx).db, filter, offset, limit, after),
  'archive.search': ({ query, filter, offset, limit }, ctx) => search(who(ctx).db, query, filter, offset, limit),
  'archive.policy': (_input, ctx) => getArchivePolicy(who(ctx).db),
  'archive.setPolicy': (input, ctx) => {
    const { vault, actor } = who(ctx);
    return setArchivePolicy(vault, ctx.clock, actor, input);
  },
  'archive.staff': (_input, ctx) => listStaff(who(ctx).db),
};
