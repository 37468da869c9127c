// What each role may do comes from core, shared with the collector, which enforces it: the console
// only hides what a role cannot do.
export { can, type Permission } from '@participe/core/schemas';
