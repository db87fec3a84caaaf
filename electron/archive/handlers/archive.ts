// Handlers for the archive calls (customers.*, items.*, locations.*, archive.*): each calls
// one domain function each (the dispatcher hands them the signed-in context); the domain
// function owns the transaction and the audit entry.
import type { CallName } from '../../contract';
import type { archiveCalls } from '../contract/calls';
import { listCustomers } from '../customerList';
import { createCustomer, getCustomer, maskCustomer, revealCustomerField, updateCustomer } from '../customers';
import { handover, listHandovers } from '../handover';
import { contentStatus, createItem, viewItem } from '../items';
import {
  advisePlacement,
  createCabinet,
  createRoom,
  listMovements,
  locationTree,
  placeItem,
  proposeSlot,
  removeCabinet,
  removeRoom,
  renameCabinet,
  renameRoom,
  shelfMap,
} from '../locations';
import { getArchivePolicy, setArchivePolicy } from '../policy';
import { indexPage, search } from '../search';
import { listStaff } from '../staff';
import type { Handler } from '../../core/handlers';

type ArchiveCallName = Extract<CallName, keyof typeof archiveCalls>;

export const archiveHandlers: { [N in ArchiveCallName]: Handler<N> } = {
  'customers.create': (input, cx) => createCustomer(cx.vault, cx.clock, cx.actor, input),
  'customers.list': (input, cx) => listCustomers(cx.db, input),
  'customers.get': ({ id }, cx) => maskCustomer(getCustomer(cx.db, id)),
  'customers.update': (input, cx) => maskCustomer(updateCustomer(cx.vault, cx.clock, cx.actor, input)),
  'customers.reveal': ({ id, field }, cx) => revealCustomerField(cx.vault, cx.clock, cx.actor, id, field),

  'items.create': (input, cx) => createItem(cx.vault, cx.clock, cx.actor, input),
  'items.get': ({ id }, cx) => viewItem(cx.vault, cx.clock, cx.actor, id),
  'items.contentStatus': ({ id }, cx) => contentStatus(cx.db, cx.clock, cx.actor, id),
  'items.movements': ({ itemId }, cx) => listMovements(cx.db, itemId),
  'items.handover': (input, cx) => handover(cx.app, input),
  'items.handovers': ({ itemId }, cx) => listHandovers(cx.db, itemId),

  'locations.createRoom': ({ name }, cx) => createRoom(cx.vault, cx.clock, cx.actor, name),
  'locations.createCabinet': (input, cx) => createCabinet(cx.vault, cx.clock, cx.actor, input),
  'locations.renameRoom': ({ id, name }, cx) => renameRoom(cx.vault, cx.clock, cx.actor, id, name),
  'locations.removeRoom': ({ id }, cx) => removeRoom(cx.vault, cx.clock, cx.actor, id),
  'locations.renameCabinet': ({ id, name }, cx) => renameCabinet(cx.vault, cx.clock, cx.actor, id, name ?? null),
  'locations.removeCabinet': ({ id }, cx) => removeCabinet(cx.vault, cx.clock, cx.actor, id),
  'locations.tree': (_input, cx) => locationTree(cx.db),
  'locations.shelfMap': ({ cabinetId }, cx) => shelfMap(cx.db, cabinetId),
  'locations.proposeSlot': ({ itemId }, cx) => proposeSlot(cx.db, itemId),
  'locations.advise': ({ itemId }, cx) => advisePlacement(cx.db, cx.actor.id, itemId),
  'locations.place': ({ itemId, locationId, reason }, cx) => placeItem(cx.vault, cx.clock, cx.actor, itemId, locationId, reason),

  'archive.index': ({ filter, offset, limit, after }, cx) => indexPage(cx.db, filter, offset, limit, after),
  'archive.search': ({ query, filter, offset, limit }, cx) => search(cx.db, query, filter, offset, limit),
  'archive.policy': (_input, cx) => getArchivePolicy(cx.db),
  'archive.setPolicy': (input, cx) => setArchivePolicy(cx.vault, cx.clock, cx.actor, input),
  'archive.staff': (_input, cx) => listStaff(cx.db),
};
