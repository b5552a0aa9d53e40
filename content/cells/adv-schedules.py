import torch
from torch import nn, optim
# plot(series, x, y) adds a point to the chart under the cell #zh: plot(series, x, y) 在单元格下方的图上加一个点


model = nn.Linear(1, 1)
opt_a = optim.SGD(model.parameters(), lr=0.1)
opt_b = optim.SGD(model.parameters(), lr=0.1)
opt_c = optim.SGD(model.parameters(), lr=0.1)
step_lr = optim.lr_scheduler.StepLR(opt_a, step_size=30, gamma=0.1)
exp_lr = optim.lr_scheduler.ExponentialLR(opt_b, gamma=0.95)
cos_lr = optim.lr_scheduler.CosineAnnealingLR(opt_c, T_max=100)

for epoch in range(100):
    lrs = [step_lr.get_last_lr()[0], exp_lr.get_last_lr()[0], cos_lr.get_last_lr()[0]]
    plot("StepLR", epoch, lrs[0])
    plot("ExponentialLR", epoch, lrs[1])
    plot("CosineAnnealingLR", epoch, lrs[2])
    if epoch % 30 == 0:
        print(f"epoch {epoch}: {lrs[0]:.4f}  {lrs[1]:.4f}  {lrs[2]:.4f}")

    # (a real loop would train one epoch here) #zh: （真实的循环会在这里训练一轮）
    opt_a.step()
    opt_b.step()
    opt_c.step()
    step_lr.step()
    exp_lr.step()
    cos_lr.step()
