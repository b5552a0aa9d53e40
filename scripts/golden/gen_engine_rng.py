"""Seeded random values for src/engine/random.test.ts (compared bit for bit; CPU, AVX2 kernels).

Writes src/engine/__fixtures__/rng.json (see README.md; run by run_chroot.sh)."""
import torch

from common import write_fixture

out = {}
torch.manual_seed(0); torch.randn(3); out['randn3_then3'] = torch.randn(3).tolist()
torch.manual_seed(0); torch.randn(3); out['randn3_then1_f64'] = torch.randn(1, dtype=torch.float64).tolist()
torch.manual_seed(0); a = torch.randn(100000)
out['randn100k_idx'] = [a[i].item() for i in (0, 1, 213, 221, 4567, 99999)]
out['randn100k_sum'] = a.double().sum().item()
torch.manual_seed(123); out['normal_2_3'] = torch.normal(2., 3., (20,)).tolist()
torch.manual_seed(0); out['randint_big_range'] = torch.randint(0, 2**40, (3,)).tolist()
torch.manual_seed(2**40 + 7); out['seed_wrap'] = torch.rand(2).tolist()
torch.manual_seed(0); l = torch.nn.Linear(3, 2); out['linear'] = [l.weight.flatten().tolist(), l.bias.tolist()]
torch.manual_seed(0); w = torch.empty(3, 5); torch.nn.init.xavier_uniform_(w); out['xavier'] = w.flatten().tolist()
torch.manual_seed(0); w = torch.empty(2, 4); torch.nn.init.normal_(w, 1., 2.); out['init_normal'] = w.flatten().tolist()
torch.manual_seed(0); out['rand_like_randn_like'] = [torch.rand_like(torch.ones(2)).tolist(), torch.randn_like(torch.ones(2)).tolist()]
write_fixture("rng.json", "gen_engine_rng.py", out, dest="src/engine/__fixtures__")
