import torch
from torch import nn, optim

model = nn.Linear(2, 1)
x = torch.randn(4, 2)
mistakes = {
    'parameters without ()': lambda: optim.SGD(model.parameters, lr=0.1),
    'negative lr': lambda: optim.Adam(model.parameters(), lr=-0.01),
    'betas out of range': lambda: optim.Adam(model.parameters(), betas=(1.5, 0.999)),
    'unknown keyword': lambda: optim.SGD(model.parameters(), lr=0.1, momentun=0.9),
    'wrong input width': lambda: model(torch.randn(4, 3)),
    'int targets for MSE': lambda: nn.MSELoss()(model(x), torch.tensor([[1], [0], [1], [0]])),
    'float labels for CrossEntropy': lambda: nn.CrossEntropyLoss()(torch.randn(4, 3), torch.tensor([0.0, 1.0, 2.0, 1.0])),
    'item of a vector': lambda: model(x).item(),
    'backward twice': lambda: [l.backward() for l in [model(x).sum()] * 2],
    'backward on a vector': lambda: model(x).backward(),
    'float of a matrix': lambda: float(x),
    'bool of a vector': lambda: bool(x > 0),
    'view of wrong size': lambda: x.view(3, 3),
    'cat of mismatched': lambda: torch.cat([x, torch.ones(4, 3)], dim=0),
    'index out of range': lambda: x[10],
    'too many indices': lambda: x[0, 0, 0],
}
for name, f in mistakes.items():
    try:
        f()
        print(name, '-> no error')
    except Exception as e:
        print(name, '->', type(e).__name__ + ':', str(e).split('\n')[0])
