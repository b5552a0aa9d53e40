import { torch, nn, optim } from "torch"


torch.manual_seed(0)
const model = nn.Linear(3, 1)
const x = torch.randn(8, 3).mul(10)  // large inputs: large gradients #zh: 输入很大，梯度也很大
const y = torch.randn(8, 1)
const loss = nn.MSELoss()(model(x), y)
loss.backward()

let norm = nn.utils.clip_grad_norm_(model.parameters(), 1.0)
print(`gradient norm before clipping: ${norm.item().toFixed(4)}`)
norm = nn.utils.clip_grad_norm_(model.parameters(), 1.0)
print(`gradient norm after clipping:  ${norm.item().toFixed(4)}`)
print(`bias gradient now: ${model.bias!.grad!.item().toFixed(4)}`)
