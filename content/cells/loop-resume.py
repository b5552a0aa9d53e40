import torch
from torch import nn, optim


torch.manual_seed(0)
x = torch.randn(50, 3)
y = x.sum(dim=1, keepdim=True).add(torch.randn(50, 1).mul(0.1))
criterion = nn.MSELoss()

def fresh():  # model, optimizer and scheduler, as a new program would make them #zh: 像新启动的程序那样，新建模型、优化器和调度器
    torch.manual_seed(1)
    model = nn.Linear(3, 1)
    optimizer = optim.Adam(model.parameters(), lr=0.05)
    scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=5, gamma=0.5)
    return model, optimizer, scheduler

def train(model, optimizer, scheduler, steps):
    for _ in range(steps):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        scheduler.step()
    return loss.item()

model, optimizer, scheduler = fresh()
print(f"20 steps in one go:        {train(model, optimizer, scheduler, 20):.6f}")

model, optimizer, scheduler = fresh()
train(model, optimizer, scheduler, 10)
checkpoint = {"model": model.state_dict(),
              "optimizer": optimizer.state_dict(),
              "scheduler": scheduler.state_dict()}
# on disk: torch.save(checkpoint, "checkpoint.pt"), later torch.load("checkpoint.pt") #zh: 存到磁盘：torch.save(checkpoint, "checkpoint.pt")，之后用 torch.load("checkpoint.pt") 读回

model, optimizer, scheduler = fresh()
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
scheduler.load_state_dict(checkpoint["scheduler"])
print(f"10, save, load, 10 more:   {train(model, optimizer, scheduler, 10):.6f}")

model, optimizer, scheduler = fresh()
model.load_state_dict(checkpoint["model"])  # the model only #zh: 只恢复模型
print(f"10, model only, 10 more:   {train(model, optimizer, scheduler, 10):.6f}")
