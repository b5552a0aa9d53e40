"""Small end-to-end training scripts in default float32, as the lessons write them (TypeScript twins:
MODELS in tests/golden-models.test.ts, same names). Records every epoch's loss and the final params."""
import torch
from torch import nn, optim

from common import write_fixture


def params_of(model):
    return [x for p in model.parameters() for x in p.detach().reshape(-1).tolist()]


def mlp_tanh_sgd():
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
    x = torch.randn(64, 2)
    y = torch.randn(64, 1)
    opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    criterion = nn.MSELoss()
    losses = []
    for _ in range(50):
        opt.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return model, losses


def mlp_relu_adamw_ce():
    torch.manual_seed(2)
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
    x = torch.randn(30, 4)
    y = torch.randint(0, 3, (30,))
    opt = optim.AdamW(model.parameters(), lr=0.01)
    criterion = nn.CrossEntropyLoss()
    losses = []
    for _ in range(40):
        opt.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return model, losses


def linreg_rmsprop_steplr():
    torch.manual_seed(3)
    model = nn.Linear(3, 1)
    x = torch.randn(50, 3)
    y = x.matmul(torch.tensor([[1.5], [-2.0], [0.5]])).add(0.3)
    opt = optim.RMSprop(model.parameters(), lr=0.05)
    sched = optim.lr_scheduler.StepLR(opt, step_size=10, gamma=0.5)
    criterion = nn.MSELoss()
    losses = []
    for _ in range(40):
        opt.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        opt.step()
        sched.step()
        losses.append(loss.item())
    return model, losses


def groups_finetune():
    torch.manual_seed(4)
    base = nn.Linear(5, 4)
    head = nn.Linear(4, 2)
    x = torch.randn(20, 5)
    y = torch.randn(20, 2)
    opt = optim.Adam([{"params": base.parameters(), "lr": 1e-4}, {"params": head.parameters()}], lr=1e-2)
    criterion = nn.MSELoss()
    losses = []
    for _ in range(30):
        opt.zero_grad()
        loss = criterion(head(torch.relu(base(x))), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    model = nn.Sequential(base, head)
    return model, losses


MODELS = {
    "mlp_tanh_sgd": mlp_tanh_sgd,
    "mlp_relu_adamw_ce": mlp_relu_adamw_ce,
    "linreg_rmsprop_steplr": linreg_rmsprop_steplr,
    "groups_finetune": groups_finetune,
}


def main():
    torch.set_default_dtype(torch.float32)
    out = {}
    for name, fn in MODELS.items():
        model, losses = fn()
        out[name] = {"losses": losses, "params": params_of(model)}
    write_fixture("models.json", "scripts/golden/gen_models.py", out)


if __name__ == "__main__":
    main()
