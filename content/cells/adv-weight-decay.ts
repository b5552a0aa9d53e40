import { torch, nn, optim } from "torch"

torch.manual_seed(0)
const x = torch.rand(64, 5).mul(2).sub(1)
const true_w = torch.tensor([[3.0], [-2.0], [1.0], [0.0], [0.0]], { dtype: torch.float32 })  // JS can't tell 3.0 from 3 #zh: JS 分不清 3.0 和 3
const y = x.matmul(true_w).add(torch.rand(64, 1).mul(0.1))
const criterion = nn.MSELoss()

function train(Opt: (params: Params, opts: object) => Optimizer, opts: object, l2 = 0.0) {
  torch.manual_seed(1)
  const model = nn.Linear(5, 1)
  const optimizer = Opt(model.parameters(), opts)
  for (let step = 0; step < 200; step++) {
    optimizer.zero_grad()
    let loss = criterion(model(x), y)
    for (const p of model.parameters()) {
      loss = loss.add(p.pow(2).sum().mul(l2 / 2))  // adds (l2/2)·‖p‖² to the loss #zh: 把 (l2/2)·‖p‖² 加进损失
    }
    loss.backward()
    optimizer.step()
  }
  return model.weight.pow(2).sum().sqrt().item()  // ‖weight‖ #zh: ‖权重‖
}

print(`no decay:                 ${train(optim.Adam, { lr: 0.05 }).toFixed(4)}`)
print(`Adam, weight_decay=0.1:   ${train(optim.Adam, { lr: 0.05, weight_decay: 0.1 }).toFixed(4)}`)
print(`Adam, L2 term in loss:    ${train(optim.Adam, { lr: 0.05 }, 0.1).toFixed(4)}`)
print(`AdamW, weight_decay=0.1:  ${train(optim.AdamW, { lr: 0.05, weight_decay: 0.1 }).toFixed(4)}`)
