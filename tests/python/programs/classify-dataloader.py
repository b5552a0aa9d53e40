import torch
from torch import nn, optim
from torch.utils.data import TensorDataset, DataLoader
torch.manual_seed(0)

# three blobs of 2-D points, one class each
centers = torch.tensor([[2.0, 0.0], [-1.0, 1.7], [-1.0, -1.7]])
labels = torch.tensor([i // 40 for i in range(120)])
x = centers[labels] + torch.randn(120, 2) * 0.6
dataset = TensorDataset(x, labels)
loader = DataLoader(dataset, batch_size=16, shuffle=True)
print(len(dataset), len(loader))

model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
print(model)
criterion = nn.CrossEntropyLoss()
optimizer = optim.Adam(model.parameters(), lr=0.05)
for epoch in range(10):
    total = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
    if epoch % 3 == 0:
        print(f"epoch {epoch}: mean loss {total / len(dataset):.4f}")

with torch.no_grad():
    predicted = model(x).argmax(dim=1)
    accuracy = (predicted == labels).float().mean().item()
print(f"accuracy {accuracy:.3f}")
