/**
 * Index brands: the engine numbers ports, packets, messages, flows and routes from 0, and a
 * brand keeps one kind of index from being passed where another is expected (STYLE.md). They
 * cost nothing at run time. A typed array's element is a plain number: brand it where it
 * crosses a component's face (`pool.msg[pkt] as MessageId`).
 */
/** A directed port: link l's port from→to is 2l, to→from 2l + 1. */
export type PortId = number & { readonly __id: 'port' };
/** A packet in flight (a slot of the PacketPool). */
export type PacketId = number & { readonly __id: 'packet' };
/** An application message in flight (a slot of Messages), before fragmentation. */
export type MessageId = number & { readonly __id: 'message' };
/** A flow, in scenario order. */
export type FlowId = number & { readonly __id: 'flow' };
/** A route: flow f's request route is 2f, its response route 2f + 1, then the redundant ones. */
export type RouteId = number & { readonly __id: 'route' };
/** A node, in scenario order. */
export type NodeIndex = number & { readonly __id: 'node' };
