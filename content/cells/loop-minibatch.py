import torch
from torch import nn, optim
curves = {}  # plot() collects the points; on the site they become a chart
def plot(series, x, y, log=False): curves.setdefault(series, []).append((x, y))
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)
x = torch.randn(120, 3)
y = x.matmul(torch.tensor([[2.0], [-3.0], [0.5]])).add(1).add(torch.randn(120, 1).mul(0.3))
train_set = TensorDataset(x[:100], y[:100])  # 100 samples to learn from
x_val, y_val = x[100:], y[100:]              # 20 samples kept apart
loader = DataLoader(train_set, batch_size=16, shuffle=True)
print(f"{len(train_set)} samples, {len(loader)} batches per epoch")

model = nn.Linear(3, 1)
criterion = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.05)

step = 0
for epoch in range(6):
    model.train()                      # training mode
    for xb, yb in loader:              # one mini-batch per step
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
        step += 1
        plot("train (each step)", step, loss.item(), log=True)
    model.eval()                       # evaluation mode
    with torch.no_grad():              # no gradients needed to measure
        val_loss = criterion(model(x_val), y_val).item()
    plot("validation (each epoch)", step, val_loss, log=True)
    print(f"epoch {epoch}: {step} steps, validation loss {val_loss:.4f}")
