import torch
from torch import nn, optim
torch.manual_seed(0)


class Regressor(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.hidden = nn.Linear(2, hidden)
        self.act = nn.Tanh()
        self.out = nn.Linear(hidden, 1)
        self.scale = nn.Parameter(torch.ones(1))

    def forward(self, x):
        return self.out(self.act(self.hidden(x))) * self.scale


x = torch.rand(64, 2) * 2 - 1
y = (x[:, 0:1] * 3 - x[:, 1:2] * 2 + 0.5).sin()
model = Regressor()
print(model)
print([name for name, _ in model.named_parameters()])
print(sum(p.numel() for p in model.parameters()))
optimizer = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
print(optimizer)
loss_fn = nn.MSELoss()
for step in range(60):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    if step % 15 == 0:
        print(f"step {step}: loss {loss.item():.4f}")

state = model.state_dict()
print(list(state.keys()))
print(state['scale'])
fresh = Regressor()
print(fresh.load_state_dict(state))
with torch.no_grad():
    print(torch.equal(fresh(x), model(x)))
model.eval()
print(model.training, model.hidden.training)
model.train()
print(model.training)
print(model.out.weight.shape, model.out.bias.requires_grad)
