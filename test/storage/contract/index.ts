import type { Store } from "../../../src/storage/ports.js";
import { aanvragenContract, overigContract } from "./aanvragen.js";
import { uitgaandContract } from "./uitgaand.js";
import { koppelingenContract } from "./koppelingen.js";

/** The whole Store contract: what every implementation must do, run unchanged against each. */
export function storeContract(open: () => Promise<Store>): void {
  aanvragenContract(open);
  overigContract(open);
  uitgaandContract(open);
  koppelingenContract(open);
}
