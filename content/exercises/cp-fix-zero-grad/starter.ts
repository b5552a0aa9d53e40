import { torch, nn, optim } from "torch";

// Unfinished on purpose: this loop forgets something important; fix it, then press Check. #zh: 故意没写完：这个循环漏了一件重要的事；修好它，然后点“检查”。
torch.manual_seed(0);
const x = torch.randn(64, 4);
const y = x.matmul(torch.tensor([[1.0], [-2.0], [0.5], [3.0]])).add(0.5);
const model = nn.Linear(4, 1);
const criterion = nn.MSELoss();
const optimizer = optim.SGD(model.parameters(), { lr: 0.05 });

for (let epoch = 0; epoch < 50; epoch++) {

  const loss = criterion(model(x), y);
  loss.backward();
  optimizer.step();
  plot("loss", epoch, loss.item());
}
