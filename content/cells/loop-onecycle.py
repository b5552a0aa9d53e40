import torch
from torch import nn, optim
# plot(series, x, y) adds a point to the chart under the cell #zh: plot(series, x, y) 在单元格下方的图上加一个点


model = nn.Linear(3, 1)
optimizer = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
epochs, batches_per_epoch = 5, 7
scheduler = optim.lr_scheduler.OneCycleLR(
    optimizer, max_lr=0.1, epochs=epochs, steps_per_epoch=batches_per_epoch)

step = 0
for epoch in range(epochs):
    for batch in range(batches_per_epoch):
        plot("OneCycleLR", step, scheduler.get_last_lr()[0])
        # (a real loop would train on one mini-batch here) #zh: （真实的循环会在这里用一个小批量训练）
        optimizer.step()
        scheduler.step()               # once per batch, not per epoch #zh: 每个小批量一次，不是每轮一次
        step += 1
    print(f"after epoch {epoch}: lr = {scheduler.get_last_lr()[0]:.6f}")
