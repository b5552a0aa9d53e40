import torch
from torch import nn, optim


torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(8, 3).mul(10)  # large inputs: large gradients #zh: 输入很大，梯度也很大
y = torch.randn(8, 1)
loss = nn.MSELoss()(model(x), y)
loss.backward()

norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(f"gradient norm before clipping: {norm.item():.4f}")
norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(f"gradient norm after clipping:  {norm.item():.4f}")
print(f"bias gradient now: {model.bias.grad.item():.4f}")
