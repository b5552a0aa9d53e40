import torch
from torch import nn, optim
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)
x = torch.randn(64, 4)
y = x.matmul(torch.tensor([[1.0], [-2.0], [0.5], [3.0]])).add(0.5)
loader = DataLoader(TensorDataset(x, y), batch_size=8)  # 8 micro-batches of 8 #zh: 8 个小批量，每个 8 个样本
model = nn.Linear(4, 1)
criterion = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.1)
accum_steps = 4  # 4 micro-batches of 8 = one step on 32 samples #zh: 4 个 8 样本的小批量 = 在 32 个样本上走一步

for epoch in range(10):
    i = 0
    for xb, yb in loader:
        loss = criterion(model(xb), yb)
        loss = loss / accum_steps
        loss.backward()
        i += 1
        if i % accum_steps == 0:
            optimizer.step()
            optimizer.zero_grad()
    with torch.no_grad():
        print(f"epoch {epoch}: loss on all 64 samples {criterion(model(x), y).item():.4f}")
