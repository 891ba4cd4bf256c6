import type { MessageKey } from './en';
import type { Message } from './types';

/** A catalog: every key of the English reference catalog, with its text in one language (a missing translation is a type error). */
export type Catalog = Record<MessageKey, Message>;
