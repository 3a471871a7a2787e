/** The smallest valid PNG (1×1): a file that passes the evidence checks by its content. */
export const TINY_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005000201a5dd6cb20000000049454e44ae426082',
  'hex',
);
