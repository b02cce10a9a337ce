/**
 * A Fastify validator that lets a body through untouched, for routes whose body core checks
 * itself (journeys, commands, personas): core's messages carry paths, lines and did-you-means
 * that a generic validator would lose. The route's zod schema still documents the body in OpenAPI.
 */
export const checkedByCore = () => (value: unknown) => ({ value });
