import { torch, nn, optim } from "torch"

// plot(series, x, y) adds a point to the chart under the cell #zh: plot(series, x, y) 在单元格下方的图上加一个点


const model = nn.Linear(3, 1)
const optimizer = optim.SGD(model.parameters(), { lr: 0.1, momentum: 0.9 })
const epochs = 5, batches_per_epoch = 7
const scheduler = optim.lr_scheduler.OneCycleLR(
  optimizer, { max_lr: 0.1, epochs: epochs, steps_per_epoch: batches_per_epoch })

let step = 0
for (let epoch = 0; epoch < epochs; epoch++) {
  for (let batch = 0; batch < batches_per_epoch; batch++) {
    plot("OneCycleLR", step, scheduler.get_last_lr()[0])
    // (a real loop would train on one mini-batch here) #zh: （真实的循环会在这里用一个小批量训练）
    optimizer.step()
    scheduler.step()                   // once per batch, not per epoch #zh: 每个小批量一次，不是每轮一次
    step += 1
  }
  print(`after epoch ${epoch}: lr = ${scheduler.get_last_lr()[0].toFixed(6)}`)
}
