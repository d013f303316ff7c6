/** The bundled pack, checked at build time by build/checked-pack.ts. */
declare module 'virtual:default-pack' {
  const pack: import('@/rules/pack/pack-schema').Pack;
  export default pack;
}
