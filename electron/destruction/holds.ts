// Which of these items may not be destroyed because they are on hold (an open leak incident or
// another hold, R-SEC-7): the incidents domain owns holds (item_holds); asked at listing and
// again at execution.
export { activeHolds as itemHolds, type ActiveHold as ItemHold } from '../incidents';
