import torch
from torch import nn, optim
# plot(series, x, y, log=True) draws a chart with a log-scale y axis #zh: plot(series, x, y, log=True) 画一张纵轴为对数刻度的图

from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)
x = torch.randn(120, 3)
y = x.matmul(torch.tensor([[2.0], [-3.0], [0.5]])).add(1).add(torch.randn(120, 1).mul(0.3))
train_set = TensorDataset(x[:100], y[:100])  # 100 samples to learn from #zh: 100 个样本用来训练
x_val, y_val = x[100:], y[100:]              # 20 samples kept apart #zh: 20 个样本留作验证
loader = DataLoader(train_set, batch_size=16, shuffle=True)
print(f"{len(train_set)} samples, {len(loader)} batches per epoch")

model = nn.Linear(3, 1)
criterion = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.05)

step = 0
for epoch in range(6):
    model.train()                      # training mode #zh: 训练模式
    for xb, yb in loader:              # one mini-batch per step #zh: 每一步一个小批量
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
        step += 1
        plot("train (each step)", step, loss.item(), log=True)
    model.eval()                       # evaluation mode #zh: 评估模式
    with torch.no_grad():              # no gradients needed to measure #zh: 只是测量，不需要梯度
        val_loss = criterion(model(x_val), y_val).item()
    plot("validation (each epoch)", step, val_loss, log=True)
    print(f"epoch {epoch}: {step} steps, validation loss {val_loss:.4f}")
