import { torch, nn, optim } from "torch"


torch.manual_seed(0)
const x = torch.randn(50, 3)
const y = x.sum(1, true).add(torch.randn(50, 1).mul(0.1))
const criterion = nn.MSELoss()

function fresh() {  // model, optimizer and scheduler, as a new program would make them #zh: 像新启动的程序那样，新建模型、优化器和调度器
  torch.manual_seed(1)
  const model = nn.Linear(3, 1)
  const optimizer = optim.Adam(model.parameters(), { lr: 0.05 })
  const scheduler = optim.lr_scheduler.StepLR(optimizer, { step_size: 5, gamma: 0.5 })
  return [model, optimizer, scheduler] as const
}
function train(model: Module, optimizer: Optimizer, scheduler: LRScheduler, steps: number) {
  let loss
  for (let i = 0; i < steps; i++) {
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    scheduler.step()
  }
  return loss.item()
}
let [model, optimizer, scheduler] = fresh()
print(`20 steps in one go:        ${train(model, optimizer, scheduler, 20).toFixed(6)}`);

[model, optimizer, scheduler] = fresh()
train(model, optimizer, scheduler, 10)
const checkpoint = { model: model.state_dict(),
                     optimizer: optimizer.state_dict(),
                     scheduler: scheduler.state_dict() };
// on disk (Python): torch.save(checkpoint, "checkpoint.pt"), later torch.load("checkpoint.pt") #zh: 存到磁盘（Python）：torch.save(checkpoint, "checkpoint.pt")，之后用 torch.load("checkpoint.pt") 读回

[model, optimizer, scheduler] = fresh()
model.load_state_dict(checkpoint.model)
optimizer.load_state_dict(checkpoint.optimizer)
scheduler.load_state_dict(checkpoint.scheduler)
print(`10, save, load, 10 more:   ${train(model, optimizer, scheduler, 10).toFixed(6)}`);

[model, optimizer, scheduler] = fresh()
model.load_state_dict(checkpoint.model)  // the model only #zh: 只恢复模型
print(`10, model only, 10 more:   ${train(model, optimizer, scheduler, 10).toFixed(6)}`)
