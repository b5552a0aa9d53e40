// e2e: prints, plots two series (one on a log scale) and finishes quickly
import { torch } from "torch"
print("hello from the cell")
for (let i = 1; i <= 50; i++) {
  plot("a", i, 1 / i, { log: true })
  plot("b", i, 2 / i)
}
print(torch.tensor([1, 2, 3]))
