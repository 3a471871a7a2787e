import { serializerCompiler } from 'fastify-type-provider-zod';

/**
 * The app's zod serializer (the response checked against its schema, then JSON), run once per
 * response object: the cockpit hands the same object to every request that shared its
 * computation (services/cockpit/coalesce.ts), so they share its ~25 kB of JSON too instead of
 * each checking and writing it again.
 */
export const sharedSerializerCompiler: typeof serializerCompiler = (route) => {
  const serialize = serializerCompiler(route);
  const written = new WeakMap<object, string>();
  return (data) => {
    if (typeof data !== 'object' || data === null) return serialize(data);
    let json = written.get(data);
    if (json === undefined) {
      json = serialize(data);
      written.set(data, json);
    }
    return json;
  };
};
