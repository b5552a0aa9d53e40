"""The guide's training loop in default float32, exactly as learners run it:

    torch.manual_seed(0)
    model = nn.Linear(10, 1)
    optimizer = optim.Adam(model.parameters(), lr=0.001)
    criterion = nn.MSELoss()
    x = torch.randn(100, 10)
    y_true = torch.randn(100, 1)          # created after the model, as in the guide
    for epoch in range(100):
        optimizer.zero_grad(); loss = criterion(model(x), y_true); loss.backward(); optimizer.step()

Recorded: initial weight/bias, x and y_true (exact float32 values), the loss of every epoch, the
printed lines `Epoch {epoch}, Loss: {loss.item():.4f}` every 20 epochs, and the final parameters.
"""
import torch
from torch import nn, optim

from common import write_fixture


def main():
    torch.set_default_dtype(torch.float32)
    torch.manual_seed(0)
    model = nn.Linear(10, 1)
    w0 = model.weight.detach().reshape(-1).tolist()
    b0 = model.bias.detach().tolist()
    optimizer = optim.Adam(model.parameters(), lr=0.001)
    criterion = nn.MSELoss()
    x = torch.randn(100, 10)
    y_true = torch.randn(100, 1)
    losses, printed = [], []
    for epoch in range(100):
        optimizer.zero_grad()
        y_pred = model(x)
        loss = criterion(y_pred, y_true)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        if epoch % 20 == 0:
            printed.append(f"Epoch {epoch}, Loss: {loss.item():.4f}")
    case = {
        "weight0": w0, "bias0": b0,
        "x": x.reshape(-1).tolist(), "y_true": y_true.reshape(-1).tolist(),
        "losses": losses, "printed": printed,
        "weight": model.weight.detach().reshape(-1).tolist(), "bias": model.bias.detach().tolist(),
    }
    write_fixture("guide.json", "scripts/golden/gen_guide.py", {"guide_loop": case})


if __name__ == "__main__":
    main()
