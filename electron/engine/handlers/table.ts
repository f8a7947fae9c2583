import type { Params, RequestName, ResultOf } from '../../../shared/api';
import type { HandlerContext } from './context';

/** A handler: validated parameters in, a result out; throws FichaError. */
export type Handler<K extends RequestName> = (
  params: Params<K>,
  context: HandlerContext,
) => Promise<ResultOf<K>> | ResultOf<K>;

/** A domain's share of the handler table. */
export type HandlerMap<K extends RequestName> = { [N in K]: Handler<N> };
